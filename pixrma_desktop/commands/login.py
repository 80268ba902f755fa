"""`pixrma login` / `pixrma logout`: the support server's credentials, kept in the operating system's keyring.

The token (or password) is read from a hidden prompt or, for scripts, from standard input; it is never an
argument (arguments show up in process lists and shell history) and never written to a file.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext


def register(subparsers: Any) -> None:
    login = subparsers.add_parser(
        "login",
        help="store the support server's API token (or user and password) in the keyring",
        description=__doc__,
    )
    login.add_argument("--token-stdin", action="store_true", help="read the API token from standard input")
    login.add_argument("--user", metavar="NAME", help="log in with this user name and a password instead of a token")
    login.add_argument("--password-stdin", action="store_true", help="with --user: read the password from stdin")
    login.add_argument("--no-check", action="store_true", help="store without asking the server first")
    login.set_defaults(func=run_login)
    logout = subparsers.add_parser("logout", help="remove the stored credentials from the keyring")
    logout.set_defaults(func=run_logout)


def _read_secret(prompt: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    import getpass

    return getpass.getpass(prompt).strip()


def run_login(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.accounts import login_account, store_login
    from pixrma_desktop.support.backend import SupportError
    from pixrma_desktop.support.credentials import Credential

    support = ctx.settings.support
    if support.backend == "smtp":
        user = args.user or support.smtp_user
        if not support.smtp_host or not user:
            print(
                "error: set the mail server and user first: `pixrma config set support.smtp_host HOST` and "
                "`pixrma config set support.smtp_user NAME`.",
                file=ctx.err,
            )
            return exit_codes.NOT_CONFIGURED
        account = login_account(ctx.settings, user)
        secret = _read_secret(f"Password for {user} on {support.smtp_host}: ", args.password_stdin or args.token_stdin)
        credential = Credential(user=user, password=secret)
        where = f"{user} on {support.smtp_host}"
    else:
        if not support.rt_url:
            print(
                "error: no support server is configured. Set it first: "
                "`pixrma config set support.rt_url https://support.example.com`.",
                file=ctx.err,
            )
            return exit_codes.NOT_CONFIGURED
        account = login_account(ctx.settings)
        if args.user:
            secret = _read_secret(f"Password for {args.user} on {support.rt_url}: ", args.password_stdin)
            credential = Credential(user=args.user, password=secret)
        else:
            secret = _read_secret(f"API token for {support.rt_url}: ", args.token_stdin)
            credential = Credential(token=secret)
        where = support.rt_url
    if not secret:
        print("error: nothing entered; nothing stored.", file=ctx.err)
        return exit_codes.USAGE

    if support.backend == "rt" and not args.no_check:
        code = _check_rt(ctx, credential)
        if code is not None:
            return code
    try:
        place = store_login(ctx.root, account, credential)
    except SupportError as exc:
        print(f"error: {exc}", file=ctx.err)
        return exit_codes.FAILED
    print(f"Stored the {credential} for {where} in {place}.", file=ctx.out)
    if support.backend == "rt" and not args.no_check:
        _learn(ctx)
    return exit_codes.OK


def _learn(ctx: CliContext) -> None:
    """Ask the server what it keeps (fields holding one value, its support address) for the requests to come."""
    from pixrma_desktop.application.server_learning import learn_from_server
    from pixrma_desktop.support.backend import SupportError

    try:
        profile = learn_from_server(ctx.root)
    except SupportError as exc:
        print(
            f"warning: could not ask the server what it keeps ({exc}); it is asked again before sending.", file=ctx.err
        )
        return
    queue = profile.queue(ctx.settings.support.rt_support_queue) if profile is not None else None
    if queue is not None:
        print(f"The server keeps: {', '.join(profile.keeps(queue.name)) if profile else ''}.", file=ctx.out)


def _check_rt(ctx: CliContext, credential: Any) -> int | None:
    """Ask the server before storing: a rejected token is not stored; an unreachable server only warns."""
    from pixrma_desktop.application.accounts import check_login
    from pixrma_desktop.support.backend import AuthError, SupportError, TransientError

    try:
        check = check_login(ctx.root, credential)
    except AuthError as exc:
        print(f"error: {exc} Nothing was stored.", file=ctx.err)
        return exit_codes.FAILED
    except TransientError as exc:
        print(f"warning: could not check the login now ({exc}); storing it anyway.", file=ctx.err)
        return None
    except SupportError as exc:
        print(f"error: {exc}", file=ctx.err)
        return exit_codes.FAILED
    if check.ok:
        print(check.message, file=ctx.out)
        return None
    print(f"warning: {check.message}", file=ctx.err)
    for line in check.details:
        print(f"  {line}", file=ctx.err)
    return None


def run_logout(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.accounts import logout
    from pixrma_desktop.support.backend import SupportError

    try:
        accounts, removed = logout(ctx.root)
    except SupportError as exc:
        print(f"error: {exc}", file=ctx.err)
        return exit_codes.FAILED
    if not accounts:
        print("No support server is configured; nothing to log out from.", file=ctx.out)
        return exit_codes.OK
    if removed:
        print(f"Removed the stored credentials ({', '.join(a.split(':', 1)[1] for a in removed)}).", file=ctx.out)
    else:
        print("No credentials were stored.", file=ctx.out)
    return exit_codes.OK
