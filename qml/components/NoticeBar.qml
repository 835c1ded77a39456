import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Always visible: this is general information, not legal advice, and how current it is. One
// line, so it never crowds a small screen or large text; "More" shows all of it.
Rectangle {
    id: root

    property bool expanded: false

    implicitHeight: noticeRow.implicitHeight + 2 * Theme.gap
    color: Theme.notice
    border.color: Theme.noticeBorder

    // Collapsed: notice, date, More on one line. Expanded: the notice wraps beside Less and the
    // date goes under it, so it never squeezes the notice at large text.
    GridLayout {
        id: noticeRow

        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        columnSpacing: Theme.margin
        rowSpacing: 2

        Label {
            textFormat: Text.PlainText
            objectName: "disclaimer"
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
            text: qsTr("General information, not legal advice. For your situation, talk to a lawyer or a DOJ-accredited representative.")
            wrapMode: Text.Wrap
            maximumLineCount: root.expanded ? 12 : 1
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        Label {
            textFormat: Text.PlainText
            objectName: "reviewedAsOf"
            Layout.row: root.expanded ? 1 : 0
            Layout.column: root.expanded ? 0 : 1
            //: %1 is a date, such as "November 28, 2026"
            text: qsTr("Sources checked through %1").arg(Content.reviewedAsOf)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            visible: root.expanded || root.width > 900 * Theme.scale
        }
        LinkChip {
            objectName: "noticeMore"
            Layout.row: 0
            Layout.column: 2
            //: Shows the whole notice at the bottom of the window (or one line of it again)
            text: root.expanded ? qsTr("Less") : qsTr("More")
            Accessible.name: root.expanded ? qsTr("Show less of the notice") : qsTr("Show all of the notice")
            onClicked: root.expanded = !root.expanded
        }
    }
}
