import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// The header menu's items (HeaderMenu makes this on its first click).
Menu {
    id: popup

    /** Home is in the menu too when the header has no room for the app's name. */
    property bool withHome: false

    font.pixelSize: Theme.bodySize

    MenuItem {
        objectName: "menuHome"
        visible: popup.withHome
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
