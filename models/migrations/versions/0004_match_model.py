"""match model: Fellegi-Sunter weights fitted on the pool

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 14:10:00
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'match_model',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('fitted_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('identities', sa.Integer(), nullable=False),
        sa.Column('candidate_pairs', sa.Integer(), nullable=False),
        sa.Column('settings', sa.JSON(), nullable=False),
        sa.Column('model', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_match_model')),
    )
    with op.batch_alter_table('match_model', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_model_fitted_at'), ['fitted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('match_model', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_model_fitted_at'))
    op.drop_table('match_model')
