"""Warnings and findings as data: a stable code with its parameters, turned into words only at the edge.

``codes`` holds the codes, ``notice`` the plain value a probe or a check hands on (code + parameters) and its
JSON form, ``warning_texts`` and ``finding_texts`` the English templates, ``english`` the lookup the command
line, the support bundle and the request use. The app translates the same templates through Qt
(``ui/notice_text.py``). Nothing here imports Qt.
"""
