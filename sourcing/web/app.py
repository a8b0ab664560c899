"""The web app behind Vivier's links (Starlette): an employee's answer to a referral
request, a candidate's opt-out, and the recruiters' referral report.

Reading a link never changes anything (mail scanners open links); every change is a
POST of a form that carries the signed token, refused from another site's origin.
Tokens never reach the logs: paths are logged with the token cut out."""

import hmac
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.db import session_factory
from sourcing import answers, referral_metrics
from sourcing.objections import record_candidate_objection
from sourcing.settings import Settings
from sourcing.tokens import (
    PURPOSE_CANDIDATE_OPTOUT,
    PURPOSE_REFERRAL_ANSWER,
    TokenAlreadyUsed,
    TokenClaims,
    TokenError,
    TokenExpired,
    TokenSigner,
    consume,
    signer_for,
)
from sourcing.web.charts import bar_chart
from sourcing.web.texts import ANSWER_PAGE, refused_texts

HERE = Path(__file__).parent
MAX_FORM_BYTES = 4096
SQLITE_ATTEMPTS = 8
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"referrer-policy", b"same-origin"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]
log = logging.getLogger("vivier.web")
T = TypeVar("T")


class _Refused(Exception):
    def __init__(self, status: int, french: str, english: str) -> None:
        self.status, self.french, self.english = status, french, english


def _redact(path: str) -> str:
    for prefix in ("/r/", "/optout/"):
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            suffix = rest[rest.index("/") :] if "/" in rest else ""
            return f"{prefix}<token>{suffix}"
    return path


class SecurityHeaders:
    """Adds the security headers to every response and logs requests without tokens."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            log.info(
                "%s %s %s %.0f ms",
                scope["method"],
                _redact(scope["path"]),
                status,
                1000 * (time.perf_counter() - started),
            )


def create_app(engine: Engine, settings: Settings, signer: TokenSigner | None = None) -> ASGIApp:
    """The ASGI app for ``engine``'s talent pool; ``vivier web`` serves it with uvicorn."""
    signer = signer or signer_for(settings)
    sessions = session_factory(engine)
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
    )
    public_origin = _origin(settings.public_url)

    def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("lang", "en")
        context.setdefault("wide", False)
        context.setdefault("company", settings.company_name)
        html = templates.get_template(name).render(
            date=lambda value: "" if value is None else f"{value:%Y-%m-%d %H:%M} UTC",
            hours=lambda value: "–" if value is None else f"{value:g}",
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def refused(status: int, french: str, english: str) -> HTMLResponse:
        title = "Lien refusé · Link refused"
        return render("refused.html.j2", status, title=title, french=french, english=english)

    def in_session(work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction. On SQLite, a transaction that read before
        another one wrote cannot write ("database is locked", not waited for): it is
        rolled back and run again."""
        for attempt in range(1, SQLITE_ATTEMPTS + 1):
            with sessions() as session:
                try:
                    result = work(session)
                    session.commit()
                    return result
                except OperationalError as error:
                    session.rollback()
                    if "database is locked" not in str(error) or attempt == SQLITE_ATTEMPTS:
                        raise
                except BaseException:
                    session.rollback()
                    raise
            time.sleep(0.02 * attempt)
        raise AssertionError("unreachable")

    def verify(token: str, purpose: str) -> TokenClaims:
        try:
            return signer.verify(token, purpose)
        except TokenError as error:
            french, english = refused_texts(error)
            status = 410 if isinstance(error, TokenExpired) else 403
            raise _Refused(status, french, english) from error

    async def form_of(request: Request, token: str) -> dict[str, str]:
        """The posted form, after the CSRF checks: a form-encoded body, not from another
        site's page, carrying the same signed token as the address."""
        # The token is the real guard (another site cannot know it); the origin check is
        # a second one. "null" (privacy settings, no-referrer pages) is left to the token.
        origin = request.headers.get("origin")
        allowed = {public_origin, _request_origin(request), "null"}
        if origin is not None and origin not in allowed:
            raise _Refused(
                403,
                "Formulaire refusé : il ne vient pas de ce site.",
                "Form refused: it was not sent from this site.",
            )
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        if content_type != "application/x-www-form-urlencoded":
            raise _Refused(415, "Formulaire attendu.", "A form was expected.")
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            raise _Refused(413, "Formulaire trop long.", "Form too large.")
        fields = {
            key: values[0]
            for key, values in parse_qs(body.decode("utf-8", "replace"), max_num_fields=8).items()
        }
        if not hmac.compare_digest(fields.get("token", "").encode(), token.encode()):
            raise _Refused(
                403,
                "Formulaire refusé : jeton absent ou différent du lien.",
                "Form refused: its token is missing or differs from the link's.",
            )
        return fields

    def answer_page(
        view: answers.RequestView, token: str, status: int = 200, just_recorded: bool = False
    ) -> HTMLResponse:
        t = ANSWER_PAGE[view.language]
        return render(
            "answer.html.j2",
            status,
            title=t["title"].format(name=view.candidate_name),
            lang=view.language,
            view=view,
            t=t,
            token=token,
            just_recorded=just_recorded,
        )

    def gone() -> HTMLResponse:
        return refused(
            404,
            "Cette demande n'existe plus.",
            "This request no longer exists.",
        )

    async def show_request(request: Request) -> Response:
        token = request.path_params["token"]
        claims = verify(token, PURPOSE_REFERRAL_ANSWER)
        view = await run_in_threadpool(
            in_session, lambda s: answers.request_view(s, _int(claims.subject))
        )
        return gone() if view is None else answer_page(view, token)

    async def answer(request: Request) -> Response:
        token = request.path_params["token"]
        claims = verify(token, PURPOSE_REFERRAL_ANSWER)
        fields = await form_of(request, token)
        choice = fields.get("answer", "")
        if choice not in answers.ANSWERS:
            return refused(400, "Réponse inconnue.", "Unknown answer.")
        outcome = await run_in_threadpool(
            in_session,
            lambda s: answers.record_answer(s, _int(claims.subject), choice, claims),
        )
        if outcome is None:
            return gone()
        return answer_page(
            outcome.view,
            token,
            status=200 if outcome.recorded else 409,
            just_recorded=outcome.recorded,
        )

    async def introduced(request: Request) -> Response:
        token = request.path_params["token"]
        claims = verify(token, PURPOSE_REFERRAL_ANSWER)
        await form_of(request, token)
        view = await run_in_threadpool(
            in_session, lambda s: answers.record_introduction(s, _int(claims.subject))
        )
        return gone() if view is None else answer_page(view, token)

    async def show_optout(request: Request) -> Response:
        token = request.path_params["token"]
        verify(token, PURPOSE_CANDIDATE_OPTOUT)
        return render("optout.html.j2", title="Opposition · Objection", token=token, state="ask")

    async def optout(request: Request) -> Response:
        token = request.path_params["token"]
        claims = verify(token, PURPOSE_CANDIDATE_OPTOUT)
        await form_of(request, token)

        def work(session: Session) -> str:
            try:
                consume(session, claims)
            except TokenAlreadyUsed:
                return "already"
            outcome = record_candidate_objection(
                session,
                _int(claims.subject),
                actor="candidate (opt-out link)",
                outbox=settings.resolved_outbox_dir,
            )
            if not outcome.found:
                return "unknown"
            return "already" if outcome.already_recorded else "done"

        state = await run_in_threadpool(in_session, work)
        return render("optout.html.j2", title="Opposition · Objection", token=token, state=state)

    async def report(request: Request) -> Response:
        built = await run_in_threadpool(in_session, referral_metrics.build_report)
        overall = built.overall
        return render(
            "report.html.j2",
            title="Referral report",
            wide=True,
            report=built,
            stages=referral_metrics.STAGES,
            funnel_chart=bar_chart(
                "Referral funnel",
                [(stage, getattr(overall, stage)) for stage in referral_metrics.STAGES],
                share_of_first=True,
            ),
            network_chart=bar_chart(
                "People per network", built.pool.people_per_network, colour="green"
            ),
            skills_chart=bar_chart("Top skills", built.pool.top_skills, colour="purple"),
            freshness_chart=bar_chart(
                "Profile freshness (last fetched)", built.pool.freshness, colour="orange"
            ),
        )

    async def index(request: Request) -> Response:
        return render("index.html.j2", title="Vivier")

    async def stylesheet(request: Request) -> Response:
        return FileResponse(HERE / "static" / "vivier.css", media_type="text/css")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    def guarded(endpoint: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def wrapper(request: Request) -> Response:
            try:
                response: Response = await endpoint(request)
                return response
            except _Refused as refusal:
                return refused(refusal.status, refusal.french, refusal.english)

        return wrapper

    routes = [
        Route("/", index),
        Route("/healthz", health),
        Route("/static/vivier.css", stylesheet),
        Route("/r/{token}", guarded(show_request), methods=["GET"]),
        Route("/r/{token}", guarded(answer), methods=["POST"]),
        Route("/r/{token}/introduced", guarded(introduced), methods=["POST"]),
        Route("/optout/{token}", guarded(show_optout), methods=["GET"]),
        Route("/optout/{token}", guarded(optout), methods=["POST"]),
        Route("/report", report),
    ]
    return SecurityHeaders(Starlette(routes=routes))


def _int(subject: str) -> int:
    try:
        return int(subject)
    except ValueError:
        raise _Refused(403, "Ce lien n'est pas valide.", "This link is not valid.") from None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _request_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', '')}"


def serve(settings: Settings, engine: Engine, host: str, port: int) -> None:
    """Run the app with uvicorn (its access log is off: it would print the tokens)."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    uvicorn.run(
        create_app(engine, settings),
        host=host,
        port=port,
        access_log=False,
        log_level="info",
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
    )


__all__ = ["create_app", "serve"]
