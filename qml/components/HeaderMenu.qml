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
    // The menu is made on the first click, from its own file: most windows never need it, and
    // its type and eight items are not worth loading before the first frame.
    property var menu: null
    onClicked: {
        if (!root.menu)
            root.menu = Qt.createComponent("HeaderMenuPopup.qml").createObject(root, { y: Qt.binding(() => root.height),
                                                                                       withHome: Qt.binding(() => root.withHome) })
        root.menu.open()
    }
}
