"use client";
// Per-user controls: role, suspension with a reason, reinstatement; and the invitation form.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { changeRoleAction, inviteAction, reinstateAction, suspendAction } from "../actions";

export function RoleForm({ userId, role, name }: { userId: string; role: string; name: string }) {
  const t = useTranslations("adminUsers");
  const tRoles = useTranslations("roles");
  return (
    <ActionForm action={changeRoleAction} className="flex flex-wrap items-end gap-2" testId="role-form">
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="role" label={t("roleOf", { name })} defaultValue={role} options={(["MEMBER", "CATALYST", "ADMIN"] as const).map((r) => [r, tRoles(r)])} />
      <SubmitButton variant="secondary">{t("changeRole")}</SubmitButton>
    </ActionForm>
  );
}

export function SuspensionForm({ userId, suspended, name }: { userId: string; suspended: boolean; name: string }) {
  const t = useTranslations("adminUsers");
  if (suspended) {
    return (
      <ActionForm action={reinstateAction} testId="reinstate-form">
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary">{t("reinstate", { name })}</SubmitButton>
      </ActionForm>
    );
  }
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-red-800">{t("suspend")}</summary>
      <ActionForm action={suspendAction} className="mt-2 space-y-2" testId="suspend-form">
        <input type="hidden" name="userId" value={userId} />
        <TextField name="reason" label={t("reasonFor", { name })} hint={t("reasonHint")} maxLength={500} />
        <SubmitButton variant="secondary">{t("confirmSuspend")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

export function InviteForm() {
  const t = useTranslations("adminUsers");
  return (
    <ActionForm action={inviteAction} className="flex flex-wrap items-end gap-3" testId="invite-form">
      <TextField name="email" type="email" label={t("inviteEmail")} hint={t("inviteHint")} autoComplete="off" />
      <SubmitButton>{t("invite")}</SubmitButton>
    </ActionForm>
  );
}
