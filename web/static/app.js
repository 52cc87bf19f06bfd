// Progressive enhancement only: every page works without this file.
document.addEventListener("keydown", (event) => {
  const box = document.getElementById("q");
  const typing = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName);
  if (event.key === "/" && box && !typing) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});

// A filter box for long facet lists: type to narrow the values shown.
for (const facet of document.querySelectorAll(".facet")) {
  const items = facet.querySelectorAll("li");
  if (items.length <= 10) continue;
  const title = facet.querySelector("h2")?.textContent ?? "values";
  const box = document.createElement("input");
  box.type = "search";
  box.className = "facet-filter";
  box.placeholder = `Filter ${title.toLowerCase()}…`;
  box.setAttribute("aria-label", `Filter ${title}`);
  box.addEventListener("input", () => {
    const wanted = box.value.trim().toLowerCase();
    const more = facet.querySelector("details");
    if (more && wanted) more.open = true;
    for (const item of items) {
      item.hidden = Boolean(wanted) && !item.textContent.toLowerCase().includes(wanted);
    }
  });
  facet.querySelector("h2").after(box);
}
