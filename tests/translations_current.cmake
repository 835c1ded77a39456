# Fails when translations/knowthelimits_es.ts is not what `update_translations` would make of the
# current sources: a UI or content string added, changed or removed without refreshing the .ts.
# Runs lupdate on a copy, with the project file and options of the real target.
#   cmake -DLUPDATE=… -DPROJECT_IN=….cmake -DPROJECT_JSON=….json -DTS=….ts -DWORK=dir -P this
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT_JSON}
                        -P ${GENERATOR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project file")
endif()
get_filename_component(name ${TS} NAME)
set(copy ${WORK}/${name})
configure_file(${TS} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -project ${PROJECT_JSON} -ts ${copy} -locations none -no-obsolete
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${TS} before)
file(READ ${copy} after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "translations/${name} is out of date (lupdate: ${out}). "
                        "Run: cmake --build build --target update_translations, then translate what is unfinished.")
endif()
message(STATUS "translations/${name} matches the sources")
