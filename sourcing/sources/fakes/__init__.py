"""Local stand-ins for the networks' APIs, served over real HTTP on 127.0.0.1.

They serve the bundled sample network (or test fixtures) in the real response shapes,
with pagination, ETags, rate-limit headers and injectable faults. ``vivier demo`` runs
the real connectors against them; the tests use them to prove the connectors."""
