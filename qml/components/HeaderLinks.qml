import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The header's links to the reference pages, shown when they fit (HeaderMenu holds them when
// they do not). Never bold for the current page, as ActionButton would draw it: its fill shows
// it, and bold would widen the header past its fold.
RowLayout {
    /** Its width on one line, from the buttons themselves: a hidden layout does not keep its
     *  implicitWidth current, and the header decides from this whether to show it. */
    readonly property real neededWidth: search.implicitWidth + help.implicitWidth + glossary.implicitWidth
        + sources.implicitWidth + timeline.implicitWidth + 4 * spacing

    spacing: Theme.gap

    ActionButton {
        id: search

        compact: true

        flat: true
        font.bold: false
        objectName: "searchButton"
        //: Header link to the search page
        text: qsTr("Search")
        highlighted: Navigation.kind === "search"
        Accessible.description: qsTr("Search all content (Ctrl+F)")
        onClicked: Navigation.go("search")
    }
    ActionButton {
        id: help

        compact: true

        flat: true
        font.bold: false
        objectName: "helpLink"
        //: Header link to the page of places to find a lawyer or accredited representative
        text: qsTr("Find legal help")
        highlighted: Navigation.kind === "help"
        onClicked: Navigation.go("help")
    }
    ActionButton {
        id: glossary

        compact: true

        flat: true
        font.bold: false
        objectName: "glossaryLink"
        //: Header link to the glossary page
        text: qsTr("Glossary")
        highlighted: Navigation.kind === "glossary"
        onClicked: Navigation.go("glossary")
    }
    ActionButton {
        id: sources

        compact: true

        flat: true
        font.bold: false
        //: Header link to the list of sources
        text: qsTr("Sources")
        highlighted: Navigation.kind === "sources"
        onClicked: Navigation.go("sources")
    }
    ActionButton {
        id: timeline

        compact: true

        flat: true
        font.bold: false
        //: Header link to the timeline page
        text: qsTr("Timeline")
        highlighted: Navigation.kind === "timeline"
        onClicked: Navigation.go("timeline")
    }
}
