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

    RowLayout {
        id: noticeRow

        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin

        Label {
            textFormat: Text.PlainText
            objectName: "disclaimer"
            Layout.fillWidth: true
            text: qsTr("General information, not legal advice. For your situation, talk to a lawyer or a DOJ-accredited representative.")
            wrapMode: Text.Wrap
            maximumLineCount: root.expanded ? 6 : 1
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        Label {
            textFormat: Text.PlainText
            objectName: "reviewedAsOf"
            //: %1 is a date, such as "November 28, 2026"
            text: qsTr("Reviewed as of %1").arg(Content.reviewedAsOf)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            visible: root.expanded || root.width > 900 * Theme.scale
        }
        LinkChip {
            objectName: "noticeMore"
            //: Shows the whole notice at the bottom of the window (or one line of it again)
            text: root.expanded ? qsTr("Less") : qsTr("More")
            Accessible.name: root.expanded ? qsTr("Show less of the notice") : qsTr("Show all of the notice")
            onClicked: root.expanded = !root.expanded
        }
    }
}
