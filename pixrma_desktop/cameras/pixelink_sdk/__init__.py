"""The Pixelink SDK (optional ``pixelinkWrapper``): what only the SDK knows about Pixelink cameras."""
