// Admin section frame: the navigation with what waits. Every admin page checks the role
// itself (a layout is not re-rendered on client navigation, so it cannot be the guard);
// for anyone else the frame adds nothing and the page answers with sign-in or 403.
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { AdminNav } from "@/components/admin/admin-nav";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!hasRole(user?.role, "ADMIN")) return children;
  return (
    <div>
      <AdminNav />
      {children}
    </div>
  );
}
