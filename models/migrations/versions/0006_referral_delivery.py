"""referral delivery: approval, deferral reasons, one delivery row per channel

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-28 14:20:00
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0006'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('referral_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('delivered_to', sa.String(length=1000), nullable=True),
    sa.Column('sent_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['referral_request.id'], name=op.f('fk_referral_delivery_request_id_referral_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_delivery')),
    sa.UniqueConstraint('request_id', 'channel', name=op.f('uq_referral_delivery_request_id_channel'))
    )
    with op.batch_alter_table('referral_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_delivery_sent_at'), ['sent_at'], unique=False)

    with op.batch_alter_table('referral_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('decided_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('decided_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('not_before', models.base.UTCDateTime(timezone=True), nullable=True))

    # Before approval existed, every recorded request was implicitly approved ("queued"),
    # and each sent request went out on e-mail.
    op.execute("UPDATE referral_request SET status = 'approved' WHERE status = 'queued'")
    op.execute(
        "INSERT INTO referral_delivery "
        "(request_id, channel, status, attempts, delivered_to, sent_at, created_at, updated_at) "
        "SELECT id, 'email', status, attempts, delivered_to, sent_at, created_at, updated_at "
        "FROM referral_request WHERE status IN ('sent', 'sending')"
    )


def downgrade() -> None:
    op.execute("UPDATE referral_request SET status = 'queued' WHERE status = 'approved'")
    with op.batch_alter_table('referral_request', schema=None) as batch_op:
        batch_op.drop_column('not_before')
        batch_op.drop_column('decided_at')
        batch_op.drop_column('decided_by')
        batch_op.drop_column('status_reason')

    with op.batch_alter_table('referral_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_delivery_sent_at'))

    op.drop_table('referral_delivery')
