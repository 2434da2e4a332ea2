// Whether the demo data is already loaded (first start seeds, later starts don't).
import pg from "pg";

export async function isSeeded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`SELECT 1 FROM "Domain" LIMIT 1`);
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
