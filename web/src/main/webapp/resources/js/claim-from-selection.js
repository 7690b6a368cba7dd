// Words the desk selects in the article's text become the new claim's words, with where they start, so that the
// server can tell apart words the text holds more than once. The text box holds the cleaned text as it is stored,
// so the offset counted here is the offset in the article.
(function () {
    function takeSelection() {
        var box = document.getElementById('cleanedText');
        var words = document.getElementById('addClaim:words');
        var near = document.getElementById('addClaim:near');
        var selection = window.getSelection();
        if (!box || !words || !near || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }
        var range = selection.getRangeAt(0);
        if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) {
            return;
        }
        var before = document.createRange();
        before.setStart(box, 0);
        before.setEnd(range.startContainer, range.startOffset);
        words.value = range.toString();
        near.value = String(before.toString().length);
        var panel = document.getElementById('addClaimPanel');
        if (panel) {
            panel.open = true;
        }
    }
    document.addEventListener('mouseup', takeSelection);
    document.addEventListener('keyup', takeSelection);
}());
