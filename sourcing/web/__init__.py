"""``vivier web``: signed answer and opt-out links, and the recruiters' referral report."""

from sourcing.web.app import create_app, serve

__all__ = ["create_app", "serve"]
