import { schemaTexts, serverTexts } from "../../src/analyze/texts.js";
import { server } from "./pack1-fixtures.js";

describe("serverTexts", () => {
  test("lists every server-supplied text with its location", () => {
    const s = server({
      name: "srv",
      instructions: "Use wisely.",
      tools: [
        {
          name: "t",
          title: "T",
          description: "Does t.",
          annotations: { title: "Ann", readOnlyHint: true },
          inputSchema: {
            type: "object",
            properties: {
              mode: { type: "string", enum: ["fast", "slow"], default: "fast", description: "Mode." },
              list: { type: "array", items: { anyOf: [{ type: "string", title: "Item title" }] } },
            },
            $defs: { d: { description: "Def." } },
          },
          outputSchema: { type: "object", properties: { out: { examples: ["ex"] } } },
        },
      ],
      prompts: [{ name: "p", description: "Prompt.", arguments: [{ name: "a", description: "Arg." }] }],
      resources: [{ name: "r", uri: "file:///x", description: "Res." }],
    });
    const got = [...serverTexts(s)].map((t) => `${t.entity.kind}:${t.entity.name}:${t.field}=${t.text}`);
    expect(got).toEqual([
      "server:srv:instructions=Use wisely.",
      "tool:t:name=t",
      "tool:t:title=T",
      "tool:t:description=Does t.",
      "tool:t:inputSchema.properties.mode=mode",
      "tool:t:inputSchema.properties.mode.description=Mode.",
      "tool:t:inputSchema.properties.mode.enum[0]=fast",
      "tool:t:inputSchema.properties.mode.enum[1]=slow",
      "tool:t:inputSchema.properties.mode.default=fast",
      "tool:t:inputSchema.properties.list=list",
      "tool:t:inputSchema.properties.list.items.anyOf[0].title=Item title",
      "tool:t:inputSchema.$defs.d=d",
      "tool:t:inputSchema.$defs.d.description=Def.",
      "tool:t:outputSchema.properties.out=out",
      "tool:t:outputSchema.properties.out.examples[0]=ex",
      "tool:t:annotations.title=Ann",
      "prompt:p:name=p",
      "prompt:p:description=Prompt.",
      "prompt:p:arguments.a=a",
      "prompt:p:arguments.a.description=Arg.",
      "resource:r:name=r",
      "resource:r:description=Res.",
      "resource:r:uri=file:///x",
    ]);
  });

  test("garbage schemas do not crash and huge depth is bounded", () => {
    let deep: Record<string, unknown> = { description: "bottom" };
    for (let i = 0; i < 10000; i++) deep = { type: "object", properties: { n: deep } };
    for (const schema of ["a string schema", [1, "two", null], 42, null, deep]) {
      expect(() => [...schemaTexts(schema, "inputSchema")]).not.toThrow();
    }
    expect([...schemaTexts("a string schema", "inputSchema")]).toEqual([["inputSchema", "a string schema"]]);
    const wide = { properties: Object.fromEntries(Array.from({ length: 50000 }, (_, i) => [`p${i}`, { description: "d" }])) };
    expect([...schemaTexts(wide, "inputSchema")].length).toBeLessThanOrEqual(2000);
  });
});

describe("evidenceText", () => {
  test("is one line without control or format characters, and masks token-shaped secrets", async () => {
    const { evidenceText } = await import("../../src/analyze/texts.js");
    const out = evidenceText("send\u0007 ghp_abcdefghijklmnopqrstuvwxyz0123456789\n to \u202eevil\u200b");
    expect(out).toBe("send ghp_**** to evil");
  });
});
