"""The language core: CC-CEDICT and its cache, segmentation, the document model, readings,
pinyin and script conversion. Imports nothing from the front ends or the text loaders."""
