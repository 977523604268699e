// Shows the detail of the last completion event, as a host page might use it.
const output = document.getElementById("last-event");
document.addEventListener("peer-compass:complete", (event) => {
  output.textContent = JSON.stringify(event.detail, null, 2);
});
