import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    width: 1280
    height: 720
    visible: true
    title: "Reference"

    Label {
        anchors.centerIn: parent
        text: "Hello"
    }
}
