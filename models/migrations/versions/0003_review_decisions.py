"""review decisions: who decided and when

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 11:45:00
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('review_pair', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decided_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('decided_at', models.base.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_review_pair_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_pair_status'))
        batch_op.drop_column('decided_at')
        batch_op.drop_column('decided_by')
