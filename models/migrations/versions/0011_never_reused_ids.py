"""ids that leave the database are never reused on SQLite (AUTOINCREMENT)

Without AUTOINCREMENT, SQLite gives the next row the id of the latest deleted row: a
candidate erased or merged away would lend its number (in old exports, links, review and
referral numbers, audit subjects) to someone else. SQLite can only add it by rebuilding
the table; PostgreSQL sequences never reuse, so nothing changes there.

Revision ID: 0011_never_reused_ids
Revises: 0010_search_alerts
Create Date: 2026-11-29 09:30:00
"""

from alembic import op


revision = '0011_never_reused_ids'
down_revision = '0010_search_alerts'
branch_labels = None
depends_on = None

TABLES = ('candidate', 'identity', 'search', 'referral_request', 'review_pair')


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
