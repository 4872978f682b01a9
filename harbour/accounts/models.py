from __future__ import annotations

import datetime

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone

from harbour.accounts.roles import Role


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields: object) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields: object) -> User:
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in. What they may do comes from their memberships."""

    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)  # Django admin access; Harbour ships no admin
    date_joined = models.DateTimeField(default=timezone.now)
    is_demo = models.BooleanField(default=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    def __str__(self) -> str:
        return self.full_name or self.email


class OrganisationGroup(models.Model):
    """A trust or a local authority that several settings belong to."""

    class Kind(models.TextChoices):
        TRUST = "trust", "Trust"
        LOCAL_AUTHORITY = "local_authority", "Local authority"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    slug = models.SlugField(unique=True)

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    """A school, a children's home or another setting. Every child record belongs to one."""

    class Kind(models.TextChoices):
        SCHOOL = "school", "School"
        CHILDRENS_HOME = "childrens_home", "Children's home"
        OTHER = "other", "Other setting"

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    group = models.ForeignKey(
        OrganisationGroup,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    locality = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.name


class MembershipQuerySet(models.QuerySet["Membership"]):
    def active(self, *, on: datetime.date | None = None) -> MembershipQuerySet:
        today = on or timezone.localdate()
        return self.filter(is_active=True, user__is_active=True).filter(
            models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=today)
        )


class Membership(models.Model):
    """A person's role in one organisation. A person may belong to several organisations."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    job_title = models.CharField(max_length=120, blank=True)
    is_active = models.BooleanField(default=True)
    # External professionals have a membership that ends; their access ends with it.
    expires_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Where the person last chose to work: a new session starts there.
    last_chosen_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]
        indexes = [models.Index(fields=["organisation", "role"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.organisation}"

    @property
    def display_name(self) -> str:
        return self.user.full_name


class GroupViewer(models.Model):
    """A person who sees a trust's or local authority's anonymised figures across its settings.

    Not a membership: it gives no role in any organisation and opens no child's record. The
    group pages check it themselves and answer 404 for any group the person does not view.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="group_views")
    group = models.ForeignKey(OrganisationGroup, on_delete=models.CASCADE, related_name="viewers")
    title = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    is_active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "group"], name="one_group_viewer_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.title or 'viewer'} · {self.group}"
