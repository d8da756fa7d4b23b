// The mother search's results (issue 12): each mother's name is a link, so Tab reaches it and Enter opens her
// family page; Space does too, as it does on a button, instead of scrolling the page.
document.addEventListener('keydown', function (event) {
    if ((event.key === ' ' || event.key === 'Spacebar') && event.target.matches && event.target.matches('a.mother-link')) {
        event.preventDefault();
        event.target.click();
    }
});
