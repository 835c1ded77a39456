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

        ActionButton {
            flat: true
            text: qsTr("Back")
            enabled: Navigation.canGoBack
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Go back to the previous page")
            onClicked: Navigation.back()
        }
        ActionButton {
            flat: true
            text: qsTr("Know the Limits")
            font.pixelSize: Theme.subheadingSize
            font.bold: true
            Accessible.name: qsTr("Home: all topics")
            onClicked: Navigation.go("home")
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            flat: true
            objectName: "searchButton"
            //: Header link to the search page
            text: qsTr("Search")
            highlighted: Navigation.kind === "search"
            Accessible.description: qsTr("Search all content (Ctrl+F)")
            onClicked: Navigation.go("search")
        }
        ActionButton {
            flat: true
            objectName: "glossaryLink"
            //: Header link to the glossary page
            text: qsTr("Glossary")
            font.pixelSize: Theme.bodySize
            highlighted: Navigation.kind === "glossary"
            onClicked: Navigation.go("glossary")
        }
        ActionButton {
            flat: true
            //: Header link to the list of sources
            text: qsTr("Sources")
            font.pixelSize: Theme.bodySize
            highlighted: Navigation.kind === "sources"
            onClicked: Navigation.go("sources")
        }
        ActionButton {
            flat: true
            //: Header link to the timeline page
            text: qsTr("Timeline")
            font.pixelSize: Theme.bodySize
            highlighted: Navigation.kind === "timeline"
            onClicked: Navigation.go("timeline")
        }
        DisplayMenu {}
        LanguageSwitch {}
    }
}
