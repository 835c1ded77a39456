pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Lists content and settings problems (for example a broken --content directory), so nothing
// is dropped silently. Announced to screen readers as an alert.
Rectangle {
    id: root

    readonly property int count: Content.problemCount + Settings.problems.length

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

            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Some files could not be used. The app is running on its built-in content and default settings. Problems found:")
            font.bold: true
            font.pixelSize: Theme.smallSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        // Only the lines shown are built: a folder with thousands of problems stays cheap.
        Repeater {
            model: Settings.problems
            delegate: problemLine
        }
        Repeater {
            model: Content.problemPreview
            delegate: problemLine
        }
        Label {
            textFormat: Text.PlainText
            // A long list would push the page away: the first few, then how to see them all.
            visible: Content.problemCount > Content.problemPreview.length
            //: %1 is a number of further problems not shown
            text: qsTr("…and %1 more. Run knowthelimits --check-content DIR to see them all.").arg(Content.problemCount - Content.problemPreview.length)
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
    }

    Component {
        id: problemLine

        Label {
            id: line

            textFormat: Text.PlainText
            required property string modelData

            Layout.fillWidth: true
            text: line.modelData
            font.pixelSize: Theme.smallSize
            font.family: "monospace"
            color: Theme.text
            wrapMode: Text.WrapAnywhere
        }
    }
}
