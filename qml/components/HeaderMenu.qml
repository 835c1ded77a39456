import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// The header's reference pages behind one button, for when they do not fit on its line (large
// text, Spanish, a small screen): the page keeps its room and the language switch its place.
ActionButton {
    compact: true
    id: root

    /** Home is in the menu too when the header has no room for the app's name. */
    property bool withHome: false

    flat: true
    objectName: "headerMenuButton"
    //: Header button that lists the reference pages when they do not fit in the header
    text: qsTr("Menu")
    Accessible.name: qsTr("Menu: search, legal help, local information, glossary, sources, timeline")
    onClicked: menu.open()

    Menu {
        id: menu

        y: root.height
        font.pixelSize: Theme.bodySize

        MenuItem {
            objectName: "menuHome"
            visible: root.withHome
            height: visible ? implicitHeight : 0
            //: Menu entry to the home page (all topics), when the header has no room for the app's name
            text: qsTr("Home: all topics")
            onTriggered: Navigation.go("home")
        }
        MenuItem {
            //: Header link to the search page
            text: qsTr("Search")
            onTriggered: Navigation.go("search")
        }
        MenuItem {
            objectName: "menuHelp"
            //: Header link to the page of places to find a lawyer or accredited representative
            text: qsTr("Find legal help")
            onTriggered: Navigation.go("help")
        }
        MenuItem {
            objectName: "menuLocal"
            //: Menu entry to the page of local information added from local packs
            text: qsTr("Local information")
            onTriggered: Navigation.go("local")
        }
        MenuItem {
            //: Header link to the glossary page
            text: qsTr("Glossary")
            onTriggered: Navigation.go("glossary")
        }
        MenuItem {
            //: Header link to the list of sources
            text: qsTr("Sources")
            onTriggered: Navigation.go("sources")
        }
        MenuItem {
            //: Header link to the timeline page
            text: qsTr("Timeline")
            onTriggered: Navigation.go("timeline")
        }
        MenuItem {
            objectName: "workshopMenuItem"
            //: Header menu: the page where presenters build session playlists
            text: qsTr("Workshop playlists")
            onTriggered: Navigation.go("workshop")
        }
    }
}
