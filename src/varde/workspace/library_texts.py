"""Texts from django-allauth (and one from Django) that the workspace shows, listed for our nn catalogue.

allauth ships no nynorsk catalogue, so Django falls back to the bokmål one (``LANGUAGE_CODE``) and a
nynorsk reader met bokmål on the 2FA overview, the recovery codes, password reset and its e-mails, and in
the labels and errors of allauth's forms. Our nn catalogue (``locale/nn/LC_MESSAGES/django.po``) fills the
gap; Django merges the catalogues of all apps, and ``varde.workspace`` comes before allauth and
``django.contrib.auth`` in ``INSTALLED_APPS``, so our entries are the ones used.

Nothing imports this module. It exists so that ``makemessages`` finds these msgids in our source and keeps
their translations (with ``--no-obsolete`` it would delete them otherwise). The msgids must match the
libraries' own exactly, spaces and line breaks included. ``tests/workspace/test_allauth_nynorsk.py`` walks
every allauth page, e-mail and message a member can meet in /nn/ and fails on any text that still comes from
the bokmål fallback, so a new allauth version with new texts shows up there.

Also here: Django 5.2's new wording of the too-short password error, which Django's own nb and nn
catalogues have not caught up with yet (it showed in English in every language).
"""

# ruff: noqa: E501  (msgids are copied exactly; they must not be re-wrapped)
from django.utils.translation import gettext_noop, ngettext_lazy

TEXTS = (
    gettext_noop("Forgot your password?"),
    gettext_noop("Email"),
    gettext_noop("Email address"),
    gettext_noop("Password"),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("Code"),
    gettext_noop("Incorrect code."),
    gettext_noop("Successfully signed in as %(name)s."),
    gettext_noop("Sign Out"),
    gettext_noop("Are you sure you want to sign out?"),
    gettext_noop("You have signed out."),
    gettext_noop("Sign Up Closed"),
    gettext_noop("We are sorry, but the sign up is currently closed."),
    gettext_noop("Too many failed login attempts. Try again later."),
    gettext_noop("Password Reset"),
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."
    ),
    gettext_noop("Reset My Password"),
    gettext_noop("Please contact us if you have any trouble resetting your password."),
    gettext_noop("Unknown Account"),
    gettext_noop("Hello from %(site_name)s!"),
    gettext_noop("Thank you for using %(site_name)s!\n%(site_domain)s"),
    gettext_noop("Password Reset Email"),
    gettext_noop(
        "You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password."
    ),
    gettext_noop(
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes."
    ),
    gettext_noop("Change Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("Cancel"),
    gettext_noop("You must type the same password each time."),
    gettext_noop("Password successfully changed."),
    gettext_noop("Your password is now changed."),
    gettext_noop("Bad Token"),
    gettext_noop(
        'The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.'
    ),
    gettext_noop("Confirm Access"),
    gettext_noop("Please reauthenticate to safeguard your account."),
    gettext_noop("Enter your password:"),
    gettext_noop("Confirm"),
    gettext_noop("Alternative options"),
    gettext_noop("Use authenticator app or code"),
    gettext_noop("Incorrect password."),
    gettext_noop("Enter an authenticator code:"),
    gettext_noop("Use your password"),
    gettext_noop("Two-Factor Authentication"),
    gettext_noop("Authenticator App"),
    gettext_noop("Authentication using an authenticator app is active."),
    gettext_noop("Deactivate"),
    gettext_noop("Security Keys"),
    gettext_noop("No security keys have been added."),
    gettext_noop("Add"),
    gettext_noop("Recovery Codes"),
    gettext_noop("No recovery codes set up."),
    gettext_noop("Generate"),
    gettext_noop("Deactivate Authenticator App"),
    gettext_noop("You are about to deactivate authenticator app based authentication. Are you sure?"),
    gettext_noop("You are about to generate a new set of recovery codes for your account."),
    gettext_noop("Are you sure?"),
    gettext_noop("A new set of recovery codes has been generated."),
    gettext_noop("Unused codes"),
    gettext_noop("Download codes"),
    gettext_noop("Generate new codes"),
    gettext_noop("This action will invalidate your existing codes."),
    gettext_noop("Master key"),
    gettext_noop("Manage"),
    gettext_noop("View"),
    gettext_noop("Download"),
    gettext_noop("Use a security key"),
    gettext_noop("Edit Security Key"),
    gettext_noop("Save"),
    gettext_noop("Security key removed."),
    gettext_noop("Authenticator app deactivated."),
    gettext_noop("An authenticator app is not active."),
    gettext_noop("Activate"),
    gettext_noop("Authenticator code"),
    gettext_noop("Authenticator app activated."),
    gettext_noop("Current Password"),
    gettext_noop("Please type your current password."),
    gettext_noop("Set Password"),
    gettext_noop("Password (again)"),
    gettext_noop("Password successfully set."),
    gettext_noop("Backup key"),
    gettext_noop("Key nr. {number}"),
    gettext_noop("Security key added."),
    gettext_noop("In case you forgot, your username is %(username)s."),
    ngettext_lazy(
        "There is %(unused_count)s out of %(total_count)s recovery codes available.",
        "There are %(unused_count)s out of %(total_count)s recovery codes available.",
        "count",
    ),
    ngettext_lazy(
        "You have added %(count)s security key.",
        "You have added %(count)s security keys.",
        "count",
    ),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "count",
    ),
)
