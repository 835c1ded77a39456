pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Lists content and settings problems (for example a broken --content directory), so nothing
// is dropped silently. Announced to screen readers as an alert.
Rectangle {
    id: root

    readonly property int count: Content.problems.length + Settings.problems.length
    // A long list would push the page away: the first few, then how to see them all.
    readonly property int shown: 5

    visible: count > 0
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.gap : 0
    color: Theme.problem
    border.color: Theme.problemBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        spacing: 2

        Label {
            id: heading

            Layout.fillWidth: true
            text: qsTr("Some files could not be used. The app is running on its built-in content and default settings. Problems found:")
            font.bold: true
            font.pixelSize: Theme.smallSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Repeater {
            model: Content.problems
            delegate: problemLine
        }
        Repeater {
            model: Settings.problems
            delegate: problemLine
        }
        Label {
            visible: root.count > root.shown
            //: %1 is a number of further problems not shown
            text: qsTr("…and %1 more. Run knowthelimits --check-content DIR to see them all.").arg(root.count - root.shown)
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
    }

    Component {
        id: problemLine

        Label {
            id: line

            required property string modelData
            required property int index

            visible: line.index < root.shown
            Layout.fillWidth: true
            text: line.modelData
            font.pixelSize: Theme.smallSize
            font.family: "monospace"
            color: Theme.text
            wrapMode: Text.WrapAnywhere
        }
    }
}
