"""A TOTP code typed as the 30-second step turns still works; older codes do not."""

import time

from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    validate_totp_code,
)

NOW = 1_790_000_015.0  # a fixed instant, in the middle of a 30 s step


def _code(secret: str, steps_back: int) -> str:
    return format_hotp_value(hotp_value(secret, int(NOW) // 30 - steps_back))


def test_code_of_the_previous_step_is_accepted_and_older_ones_are_not(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)
    secret = generate_totp_secret()
    assert validate_totp_code(secret, _code(secret, 1))
    assert not validate_totp_code(secret, _code(secret, 2))
