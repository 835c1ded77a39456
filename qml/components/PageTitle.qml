import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// The heading of a page. It takes the keyboard when its page opens and when its text changes
// (the next step), so a screen reader announces where the reader is and Tab goes on from
// here rather than from the top of the header. A Text, not a Label: Qt 6.4's Label tells
// screen readers it is a plain label whatever Accessible.role says.
Text {
    id: root

    /** False on a page whose first job is typing (search): its field takes the keyboard. */
    property bool takesFocus: true

    textFormat: Text.PlainText
    font.pixelSize: Theme.titleSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text

    // A modal choice in front of the page (the first-run language, a pack to add) keeps the
    // keyboard; once it closes, the keyboard comes back here (Qt 6.4 would leave it nowhere).
    readonly property bool behindAChoice: Settings.needsLanguageChoice || LocalPacks.showing

    // Later, not now: the page is still being made and its Loader gives it focus after this.
    Component.onCompleted: Qt.callLater(root.takeFocus)
    onTextChanged: Qt.callLater(root.takeFocus)
    onBehindAChoiceChanged: if (!behindAChoice) Qt.callLater(root.takeFocus)

    function takeFocus() {
        if (root.takesFocus && root.visible && !root.behindAChoice)
            root.forceActiveFocus()
    }
}
