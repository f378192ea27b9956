import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_noinput_takes_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", "a long enough pass phrase 42")

    call_command("createeditor", "sam", "--noinput")

    user = User.objects.get(username="sam")
    assert user.is_staff and user.check_password("a long enough pass phrase 42")
    assert user.groups.filter(name="Editors").exists()


def test_noinput_without_the_variable_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)

    with pytest.raises(CommandError, match="EDITOR_PASSWORD"):
        call_command("createeditor", "sam", "--noinput")
    assert not User.objects.filter(username="sam").exists()


def test_a_weak_password_from_the_environment_is_refused(monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", "123")

    with pytest.raises(CommandError):
        call_command("createeditor", "sam", "--no-input")
    assert not User.objects.filter(username="sam").exists()
