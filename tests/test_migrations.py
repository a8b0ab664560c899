"""The Alembic migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from models.base import Base
from models.db import upgrade


def test_models_and_migrations_agree(pool_engine: Engine) -> None:
    with pool_engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent(pool_engine: Engine) -> None:
    upgrade(pool_engine)
    upgrade(pool_engine)
