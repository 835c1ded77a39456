import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// Header button to the display and privacy settings.
ActionButton {
    compact: true
    flat: true
    objectName: "displayButton"
    //: Header button that opens the display settings; "Aa" stands for text
    text: qsTr("Aa")
    Accessible.name: qsTr("Display settings")
    highlighted: Navigation.kind === "settings"
    onClicked: Navigation.go("settings")
}
