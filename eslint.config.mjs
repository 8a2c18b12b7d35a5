// ESLint for the portal's own scripts (make lint). Vendored files (static/vendor) are not ours to lint.
// templates/portal/sw.js is a Django template ({% static %} tags), not JavaScript ESLint can parse.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["static/vendor/**", "staticfiles/**", "node_modules/**", "tests/**", ".venv/**"] },
  js.configs.recommended,
  {
    files: ["static/js/**/*.js"],
    languageOptions: {
      // No syntax newer than ES2018 (Unicode property escapes), for old phones' browsers.
      ecmaVersion: 2018,
      sourceType: "script",
      globals: { ...globals.browser, ...globals.es2021, L: "readonly", topojson: "readonly" },
    },
    rules: {
      // ES2018 has no `catch {}` without a binding, so an unused `catch (error)` is the only way to write it.
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
];
