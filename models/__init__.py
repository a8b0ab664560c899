"""Vivier's data layer: SQLAlchemy tables, engine/session helpers, migrations, pydantic schemas."""
