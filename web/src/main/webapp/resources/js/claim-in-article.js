// Brings the claim into view inside its article's scroll box rather than scrolling the whole page, so the reader
// sees the claim in its context and keeps the page's summary and actions in place. It runs once the page has its
// styles, since the lines wrap, and the claim moves, only then.
(function () {
    function bringClaimIntoView() {
        var box = document.getElementById('articleText');
        var mark = document.getElementById('highlight');
        if (box && mark) {
            var context = 2 * parseFloat(getComputedStyle(box).lineHeight || '24');
            box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - context;
        }
    }
    if (document.readyState === 'complete') {
        bringClaimIntoView();
    } else {
        window.addEventListener('load', bringClaimIntoView);
    }
}());
