// The mother search's results (issue 12): each mother's name is a link, so Tab reaches it, and Enter or Space opens her
// family page. Handled here, in the capture phase, because a handler of the results table kept Enter from ever
// following the link (issue 12 measured "Enter on a mother in the search results does nothing").
document.addEventListener('keydown', function (event) {
    var link = event.target;
    if ((event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') && link.matches && link.matches('a.mother-link')) {
        event.preventDefault();
        event.stopPropagation();
        window.location.href = link.href;
    }
}, true);
