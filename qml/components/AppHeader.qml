pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Top bar: back, the app name (home), the reference pages and the language switch.
ToolBar {
    id: root

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap

        ToolButton {
            text: qsTr("Back")
            enabled: Navigation.canGoBack
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Go back to the previous page")
            onClicked: Navigation.back()
        }
        ToolButton {
            text: qsTr("Know the Limits")
            font.pixelSize: Theme.subheadingSize
            font.bold: true
            Accessible.name: qsTr("Home: all topics")
            onClicked: Navigation.go("home")
        }
        Item {
            Layout.fillWidth: true
        }
        Repeater {
            model: [
                //: Header link to the glossary page
                { address: "glossary", label: qsTr("Glossary") },
                //: Header link to the list of sources
                { address: "sources", label: qsTr("Sources") },
                //: Header link to the timeline page
                { address: "timeline", label: qsTr("Timeline") }
            ]
            delegate: ToolButton {
                required property var modelData
                text: modelData.label
                font.pixelSize: Theme.bodySize
                checkable: false
                highlighted: Navigation.kind === modelData.address
                onClicked: Navigation.go(modelData.address)
            }
        }
        LanguageSwitch {}
    }
}
