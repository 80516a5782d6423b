import { describe, expect, it } from 'vitest';
import { licenceWordsAgree, namesHolder } from '../src/areas/own-notice.js';

describe('a file\'s own notice, read before REUSE.toml declares the file as the administration\'s', () => {
  it.each([
    ['Copyright (c) 2024 Centre National d\'Etudes Spatiales (CNES)', 'Centre national d\'études spatiales (CNES)', true],
    ['Copyright 2024 CNES', 'Centre national d\'études spatiales (CNES)', true],
    ['SPDX-FileCopyrightText: 2021-2024 Ministère de l\'Intérieur. All rights reserved.', 'Ministère de l\'Intérieur', true],
    ['Copyright 2019 Google LLC and Ministère de l\'Intérieur', 'Ministère de l\'Intérieur', false],
    ['Copyright (c) 2024 Inria', 'Centre national d\'études spatiales (CNES)', false],
    ['Copyright (c) 2024 de', 'Ministère de l\'Intérieur', false],
  ])('%s names only %s: %s', (notice, holder, expected) => {
    expect(namesHolder([notice], holder)).toBe(expected);
  });

  it.each([
    ['# Licensed under the Apache License, Version 2.0', 'Apache-2.0', true],
    ['# outil de calcul des droits', 'EUPL-1.2', true],
    ['# This file is licensed under the Eclipse Public License 2.0.', 'EUPL-1.2', false],
    ['# Licensed under the ISC license.', 'EUPL-1.2', false],
    ['// Use of this source code is governed by a license that can be found in the LICENSE.google file.', 'EUPL-1.2', false],
    ['# GNU Affero General Public License version 3', 'GPL-3.0-or-later', false],
    ['# GNU Affero General Public License version 3', 'AGPL-3.0-or-later', true],
    ['# GNU Lesser General Public License', 'GPL-3.0-or-later', false],
    ['# régi par le contrat CeCILL-B', 'CECILL-2.1', false],
    ['# régi par le contrat CeCILL-B', 'CECILL-B', true],
    ['# BSD 3-Clause License', 'BSD-3-Clause', true],
  ])('%s agrees with %s: %s', (header, licence, expected) => {
    expect(licenceWordsAgree(header, licence)).toBe(expected);
  });
});
