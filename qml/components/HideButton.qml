import QtQuick
import KnowTheLimits

// Quick hide: the window shows a plain "Notes" page at once and forgets this session
// (QuickHide). Esc pressed twice does the same from anywhere.
ActionButton {
    objectName: "hideButton"
    flat: true
    //: Quick hide: replaces the app at once with a plain page
    text: qsTr("Hide")
    Accessible.name: qsTr("Hide the app now (or press Esc twice)")
    onClicked: QuickHide.hide()
}
