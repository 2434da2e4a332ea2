// Everything Essaim holds about the signed-in person, as a JSON download.
import { defineRoute } from "@/lib/http/route";
import { exportPersonalData } from "@/lib/privacy/service";

export const GET = defineRoute({
  role: "MEMBER",
  run: async ({ user }) => {
    const { fileName, data } = await exportPersonalData(user, user.id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
    });
  },
});
