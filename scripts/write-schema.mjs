// Regenerates schema/report.schema.json from the built zod model (run by `npm run schema`).
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../dist/report/schema.js";
writeFileSync(new URL("../schema/report.schema.json", import.meta.url), JSON.stringify(reportJsonSchema(), null, 2) + "\n");
