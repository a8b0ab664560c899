"""saved-search alerts: an owner and a channel per search, the digests sent, and the
identities already announced per search

Revision ID: 0010_search_alerts
Revises: 0009
Create Date: 2026-11-29 05:00:00
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0010_search_alerts'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('search', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_email', sa.String(length=320), nullable=True))
        batch_op.add_column(
            sa.Column('notify', sa.String(length=20), server_default='email', nullable=False)
        )
        batch_op.add_column(sa.Column('alert_language', sa.String(length=5), nullable=True))
    op.create_table(
        'search_digest',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('search_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('recipient', sa.String(length=320), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('candidates', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('delivered_to', sa.String(length=1000), nullable=True),
        sa.Column('sent_at', models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column('created_at', models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.Column('updated_at', models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.ForeignKeyConstraint(
            ['search_id'], ['search.id'],
            name=op.f('fk_search_digest_search_id_search'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_search_digest')),
    )
    with op.batch_alter_table('search_digest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_digest_search_id'), ['search_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_digest_status'), ['status'], unique=False)
    op.create_table(
        'search_seen',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('search_id', sa.Integer(), nullable=False),
        sa.Column('identity_id', sa.Integer(), nullable=False),
        sa.Column('digest_id', sa.Integer(), nullable=True),
        sa.Column('seen_at', models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['search_id'], ['search.id'],
            name=op.f('fk_search_seen_search_id_search'), ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['identity_id'], ['identity.id'],
            name=op.f('fk_search_seen_identity_id_identity'), ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['digest_id'], ['search_digest.id'],
            name=op.f('fk_search_seen_digest_id_search_digest'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_search_seen')),
        sa.UniqueConstraint('search_id', 'identity_id', name=op.f('uq_search_seen_search_id_identity_id')),
    )
    with op.batch_alter_table('search_seen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_seen_digest_id'), ['digest_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_seen_identity_id'), ['identity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('search_seen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_seen_identity_id'))
        batch_op.drop_index(batch_op.f('ix_search_seen_digest_id'))
    op.drop_table('search_seen')
    with op.batch_alter_table('search_digest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_digest_status'))
        batch_op.drop_index(batch_op.f('ix_search_digest_search_id'))
    op.drop_table('search_digest')
    with op.batch_alter_table('search', schema=None) as batch_op:
        batch_op.drop_column('alert_language')
        batch_op.drop_column('notify')
        batch_op.drop_column('owner_email')
