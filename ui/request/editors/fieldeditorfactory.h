#pragma once

#include "core/catalog/fielddescriptor.h"

class QWidget;

namespace b24 {

class FieldEditor;

// The editor for one *.fields type code (reference: b24-rest-protocol.md §8.2).
FieldEditor *createFieldEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

} // namespace b24
