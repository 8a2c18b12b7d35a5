// Stylelint for the portal's own stylesheets (make lint). Vendored files (static/vendor) are not ours to lint.
export default {
  extends: ["stylelint-config-standard"],
  ignoreFiles: ["static/vendor/**", "staticfiles/**", "node_modules/**"],
  rules: {
    // Short rules stay on one line: each stylesheet reads as a table, one selector a line.
    "declaration-block-single-line-max-declarations": null,
    // Class names are kebab-case, with BEM's __element and --modifier (.contact__call, .button--secondary).
    "selector-class-pattern": [
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$",
      { message: (selector) => `Expected class selector "${selector}" to be kebab-case, BEM allowed` },
    ],
    // min-/max- media features: the range syntax needs Safari 16.4, newer than many visitors' phones.
    "media-feature-range-notation": "prefix",
    // It compares selectors that match different elements (input, .header-search input); reordering them
    // would only scatter rules the sheets group by page section.
    "no-descending-specificity": null,
  },
};
