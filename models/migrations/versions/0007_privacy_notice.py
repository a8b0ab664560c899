"""privacy notices (GDPR Art. 14)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 14:40:00
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'privacy_notice',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('address', sa.String(length=320), nullable=True),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('due_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('sent_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('created_at', models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.Column('updated_at', models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.ForeignKeyConstraint(
            ['candidate_id'], ['candidate.id'],
            name=op.f('fk_privacy_notice_candidate_id_candidate'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_notice')),
        sa.UniqueConstraint('candidate_id', name=op.f('uq_privacy_notice_candidate_id')),
    )
    with op.batch_alter_table('privacy_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_privacy_notice_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_privacy_notice_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('privacy_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_privacy_notice_status'))
        batch_op.drop_index(batch_op.f('ix_privacy_notice_due_at'))
    op.drop_table('privacy_notice')
