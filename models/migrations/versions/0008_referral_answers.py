"""referral answers through signed links, candidate objection, used single-use tokens

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 14:10:00
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referral_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answer', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('answered_at', models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('introduced_at', models.base.UTCDateTime(), nullable=True))
        batch_op.create_check_constraint(
            'answer_values', "answer IN ('known', 'unknown', 'stop')"
        )
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('objected_at', models.base.UTCDateTime(), nullable=True))
    op.create_table(
        'used_token',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token_id', sa.String(length=64), nullable=False),
        sa.Column('purpose', sa.String(length=40), nullable=False),
        sa.Column('subject', sa.String(length=100), nullable=False),
        sa.Column('used_at', models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_used_token')),
        sa.UniqueConstraint('token_id', name=op.f('uq_used_token_token_id')),
    )


def downgrade() -> None:
    op.drop_table('used_token')
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_column('objected_at')
    with op.batch_alter_table('referral_request', schema=None) as batch_op:
        batch_op.drop_constraint('answer_values', type_='check')
        batch_op.drop_column('introduced_at')
        batch_op.drop_column('answered_at')
        batch_op.drop_column('answer')
