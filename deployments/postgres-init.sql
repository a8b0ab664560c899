-- A second database on the same PostgreSQL server for Vivier's talent pool
-- (Prefect's own tables live in `prefect`). Vivier migrates it on first use.
CREATE DATABASE vivier OWNER vivier;
