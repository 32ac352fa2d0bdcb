// Round twenty-five: sinks and destructive tools of kinds seen across the development sets: sign-ins to a host the
// agent names, edits to a public form, trading positions closed, annotations on a team's charts and a record's single
// picture replaced (texts written for these tests, not taken from them).
import { h, str, tool, num, bool } from "./class-helpers.js";

const signIn = { host: str, port: num, username: str, password: str };

describe("a tool that signs in to a host the agent names", () => {
  test("SSH, FTP and database credentials for any host: what the call carries can go anywhere", () => {
    expect(h(tool("remote_ls", "List the entries of a directory on an SSH server.", { ...signIn, dir: str }))).toContain("public-sink");
    expect(h(tool("ping_server", "Check that the FTP server accepts the login.", { hostname: str, user: str, passphrase: str, private_key: str }))).toContain("public-sink");
    expect(h(tool("register_db", "Save a PostgreSQL server under a label after trying to log in to it.", { label: str, db_host: str, db_user: str, db_password: str }))).toContain("public-sink");
    // Hard negatives: a host from a fixed list, one pinned to this machine, a database user created, no secret, a vendor key.
    expect(h(tool("remote_ls", "List a directory on one of the configured servers.", { host: { type: "string", enum: ["build-1", "build-2"] }, password: str, dir: str }))).not.toContain("public-sink");
    expect(h(tool("remote_ls", "List a directory on the local SSH daemon.", { host: { type: "string", description: "Must be localhost" }, password: str, dir: str }))).not.toContain("public-sink");
    expect(h(tool("create_db_user", "Create a MySQL user allowed to connect from a host pattern.", { username: str, host: str, password: str }))).not.toContain("public-sink");
    expect(h(tool("host_uptime", "Report how long a monitored host has been up.", { host: str }))).not.toContain("public-sink");
    expect(h(tool("resolve_names", "Resolve host names with the lookup service.", { hostnames: str, api_key: str }))).not.toContain("public-sink");
  });
});

describe("an edit to a form or survey that respondents read", () => {
  test("questions, the whole definition or a translation rewritten: shown to respondents, in place of the old text", () => {
    const definition = h(tool("quizform_replace_form", "Replace the full definition of a survey form with the given one.", { form_id: str, definition: { type: "object" } }));
    expect(definition).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    const translation = h(tool("forms_set_translation", "Store the translated wording of a form for one language.", { form_id: str, language: str, strings: { type: "object" } }));
    expect(translation).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    expect(h(tool("survey_item_editor", "Add, update or remove a question of a survey.", { action: str, survey_id: str, item: { type: "object" } }))).toContain("public-sink");
    // Hard negatives: a form's theme, a submitted answer, a web page's form filled in, a read, a switch alone.
    expect(h(tool("update_form_theme", "Update the colours and font of a form theme.", { theme_id: str, colors: { type: "object" } }))).not.toContain("public-sink");
    expect(h(tool("update_form_response", "Correct an answer stored for a form submission.", { form_id: str, response_id: str, answer: str }))).not.toContain("public-sink");
    expect(h(tool("browser_fill_form", "Fill the inputs of a form on the open web page.", { selector: str, value: str }))).not.toContain("public-sink");
    expect(h(tool("get_form", "Get the definition of a form.", { form_id: str }))).not.toContain("public-sink");
    expect(h(tool("update_form", "Update a form.", { form_id: str }))).not.toContain("public-sink");
    expect(h(tool("set_form_public", "Set whether a form accepts answers from anyone.", { form_id: str, is_public: bool }))).not.toContain("public-sink");
  });
});

describe("a trading position closed or liquidated", () => {
  test("selling what the account holds at the market: a trade that cannot be taken back", () => {
    expect(h(tool("exit_position", "Exit the open position in a ticker, fully or by a number of shares.", { ticker: str, shares: num }))).toContain("destructive");
    expect(h(tool("flatten_all_positions", "Close every open position in the brokerage account at market price.", {}))).toContain("destructive");
    expect(h(tool("liquidate_portfolio", "Liquidate the whole portfolio, cancelling open orders first.", { cancel_open: bool }))).toContain("destructive");
    // Hard negatives: reading positions, a closed-trades report, a window's position, a session closed.
    expect(h(tool("list_closed_positions", "List positions closed in the last month with their profit.", { days: num }))).not.toContain("destructive");
    expect(h(tool("get_open_positions", "Get the open positions of the account.", {}))).not.toContain("destructive");
    expect(h(tool("close_window_position", "Reset the stored position of a closed editor window.", { window_id: str }))).not.toContain("destructive");
    expect(h(tool("close_session", "Close the browser session.", {}))).not.toContain("destructive");
  });
});

describe("an annotation put on a team's charts, dashboards or builds", () => {
  test("agent-written text the organisation's other members read beside their data", () => {
    expect(h(tool("add_chart_annotation", "Add an annotation to a dashboard panel at a point in time.", { dashboard_uid: str, text: str, time: num }))).toContain("public-sink");
    expect(h(tool("metrics_create_annotation", "Create an annotation in an analytics project.", { project_id: num, content: str }))).toContain("public-sink");
    // Hard negatives: a PDF or picture annotated, annotations listed, an annotation with no text.
    expect(h(tool("add_pdf_annotation", "Add a highlight annotation to a page of a PDF file.", { file_path: str, page: num, text: str }))).not.toContain("public-sink");
    expect(h(tool("annotate_image", "Draw labelled boxes on an image for a dataset.", { image_path: str, boxes: { type: "array" } }))).not.toContain("public-sink");
    expect(h(tool("list_annotations", "List the annotations of a dashboard.", { dashboard_uid: str }))).not.toContain("public-sink");
    expect(h(tool("create_annotation", "Create an annotation marker on a project timeline.", { project_id: num, time: num }))).not.toContain("public-sink");
  });
});

describe("a record's single picture set or uploaded in place", () => {
  test("a contact's photo, a bookmark's cover, a channel's logo: the old picture is gone", () => {
    expect(h(tool("set_person_photo", "Set or remove the photo of an address-book entry.", { person_id: str, photo_base64: str }))).toContain("destructive");
    expect(h(tool("link_cover_upload", "Upload a cover picture for a saved link.", { id: str, file_data: str, mime: str }))).toContain("destructive");
    expect(h(tool("change_channel_logo", "Change the logo shown for a channel.", { channel_id: str, logo_url: str }))).toContain("destructive");
    // An edit that takes a new cover among its fields replaces the old cover too.
    expect(h(tool("edit_album", "Edit an album's name or cover.", { album_id: str, name: str, cover_url: str }))).toContain("destructive");
    // Hard negatives: a photo added to an album, a picture put in a document, a cover read, no record named.
    expect(h(tool("upload_photo", "Upload a photo to an album.", { album_id: str, file_path: str }))).not.toContain("destructive");
    expect(h(tool("add_picture", "Insert a picture into the document.", { filename: str, image_path: str }))).not.toContain("destructive");
    expect(h(tool("get_cover", "Get the cover picture of a book.", { book_id: str }))).not.toContain("destructive");
    expect(h(tool("make_avatar", "Generate an avatar picture from a prompt.", { prompt: str }))).not.toContain("destructive");
    expect(h(tool("create_album", "Create an album with a cover.", { name: str, cover_url: str }))).not.toContain("destructive");
    // Rulebook 5.30 (tenth session): a rename that also changes the icon is an in-place edit beyond a name.
    expect(h(tool("edit_folder", "Rename a folder or change its icon.", { folder_id: str, title: str, icon: str }))).toContain("destructive");
  });
});
